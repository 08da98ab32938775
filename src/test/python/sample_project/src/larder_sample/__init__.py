"""A sample package for Larder's archive tests."""


def main():
    print("larder-sample")
